import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// The offline lease ran out: the team's server confirms the worker (username
// and password) before the data opens.
LockFrame {
    id: root
    objectName: "reauthPage"

    function submit() {
        const given = password.text
        password.clear()
        AppLock.reauthenticate(username.text, given)
    }

    heading: qsTr("Sign in again")

    Label {
        Layout.fillWidth: true
        text: qsTr("This device has been offline for too long. Connect to the internet and sign in with your username and password of the team's server. If it stays offline much longer, the data on it is erased.")
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }
    TextField {
        id: username
        objectName: "username"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        placeholderText: qsTr("Username")
        text: AppLock.username
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
    }
    SecretField {
        id: password
        objectName: "password"
        placeholderText: qsTr("Password")
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
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        highlighted: true
        enabled: !AppLock.busy
        text: AppLock.busy ? qsTr("Checking…") : qsTr("Sign in")
        onClicked: root.submit()
    }
    Button {
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        flat: true
        text: qsTr("Lock")
        onClicked: AppLock.lockNow()
    }
}
