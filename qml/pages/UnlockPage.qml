import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// The lock screen: nothing of the data shows until the PIN is typed.
LockFrame {
    id: root
    objectName: "unlockPage"

    function submit() {
        const given = pin.text
        pin.clear()
        AppLock.unlock(given)
    }

    heading: qsTr("Brugboek is locked")

    Label {
        Layout.fillWidth: true
        text: qsTr("Type your PIN to open your notes.")
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }
    SecretField {
        id: pin
        objectName: "pin"
        placeholderText: qsTr("PIN")
        focus: true
        enabled: !AppLock.busy
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
        objectName: "unlockButton"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        highlighted: true
        enabled: !AppLock.busy
        text: qsTr("Unlock")
        onClicked: root.submit()
    }
}
