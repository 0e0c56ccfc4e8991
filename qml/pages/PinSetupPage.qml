import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// First start: the worker chooses the PIN that locks the data on this device.
LockFrame {
    id: root
    objectName: "pinSetupPage"

    function submit() {
        if (AppLock.setUpPin(pin.text, repeat.text)) {
            pin.clear()
            repeat.clear()
        }
    }

    heading: qsTr("Protect the data on this device")

    Label {
        Layout.fillWidth: true
        text: qsTr("Choose a PIN or passphrase of at least %1 characters. You need it every time you open Brugboek. Nobody can reset it: if you forget it, the data on this device is lost (what was synchronised stays on the team's server).").arg(AppLock.minimumPinLength)
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }
    SecretField {
        id: pin
        objectName: "newPin"
        placeholderText: qsTr("New PIN")
        onAccepted: repeat.forceActiveFocus()
    }
    SecretField {
        id: repeat
        objectName: "repeatPin"
        placeholderText: qsTr("The same PIN again")
        onAccepted: root.submit()
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: AppLock.message
        color: Theme.attention
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "setUpButton"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        highlighted: true
        text: qsTr("Set PIN")
        onClicked: root.submit()
    }
}
