import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Instellingen > Synchronisatie: link this device to the team's server, or,
// once linked, its state, what waits to be sent, the last sync and
// "Nu synchroniseren".
ColumnLayout {
    id: root

    property bool relinking: false
    readonly property bool showForm: !SyncStatus.enrolled || relinking

    spacing: Theme.spacingSmall

    Connections {
        target: SyncStatus
        function onEnrolFinished(ok) {
            if (ok) {
                root.relinking = false
                password.text = ""
            }
        }
    }

    // Linked: the state in plain words.
    Label {
        Layout.fillWidth: true
        visible: SyncStatus.enrolled
        text: qsTr("Linked as %1 (%2) with %3").arg(SyncStatus.userName).arg(SyncStatus.teamName).arg(SyncStatus.serverUrl)
        wrapMode: Text.Wrap
        color: Theme.textSecondary
    }
    Label {
        Layout.fillWidth: true
        visible: SyncStatus.enrolled
        text: SyncStatus.stateText
        font.pixelSize: Theme.fontTitle
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: SyncStatus.enrolled
        text: SyncStatus.pendingText + " · " + SyncStatus.lastSyncText
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: SyncStatus.rejectedChanges > 0
        text: qsTr("%n change(s) were refused by the server (for example for a family that is no longer shared with you).", "", SyncStatus.rejectedChanges)
        wrapMode: Text.Wrap
        color: Theme.attention
    }
    Label {
        objectName: "syncError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: SyncStatus.errorText
        wrapMode: Text.Wrap
        color: Theme.attention
    }
    RowLayout {
        visible: SyncStatus.enrolled && !root.relinking
        spacing: Theme.spacingSmall

        Button {
            text: qsTr("Synchronise now")
            highlighted: true
            enabled: !SyncStatus.syncing
            Layout.minimumHeight: Theme.touchTarget
            onClicked: SyncStatus.syncNow()
        }
        Button {
            text: qsTr("Link again")
            flat: true
            Layout.minimumHeight: Theme.touchTarget
            onClicked: root.relinking = true
        }
    }

    // Not linked (or linking again): the form.
    Label {
        Layout.fillWidth: true
        visible: root.showForm
        text: qsTr("Link this device to your team's server with the address, username and password from your coordinator. Until then everything stays on this device only.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
    }
    TextField {
        id: server
        objectName: "syncServer"
        Layout.fillWidth: true
        visible: root.showForm
        placeholderText: qsTr("Server address, e.g. https://sync.example.be")
        text: SyncStatus.serverUrl
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    }
    TextField {
        id: username
        objectName: "syncUsername"
        Layout.fillWidth: true
        visible: root.showForm
        placeholderText: qsTr("Username")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
    }
    TextField {
        id: password
        objectName: "syncPassword"
        Layout.fillWidth: true
        visible: root.showForm
        placeholderText: qsTr("Password")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        onAccepted: link.clicked()
    }
    RowLayout {
        visible: root.showForm
        spacing: Theme.spacingSmall

        Button {
            id: link
            text: qsTr("Link this device")
            highlighted: true
            enabled: !SyncStatus.enrolBusy
            Layout.minimumHeight: Theme.touchTarget
            onClicked: SyncStatus.enrol(server.text, username.text, password.text)
        }
        BusyIndicator {
            visible: SyncStatus.enrolBusy
            running: visible
            Layout.preferredHeight: Theme.touchTarget
        }
        Button {
            visible: root.relinking
            text: qsTr("Cancel")
            flat: true
            Layout.minimumHeight: Theme.touchTarget
            onClicked: root.relinking = false
        }
    }
}
