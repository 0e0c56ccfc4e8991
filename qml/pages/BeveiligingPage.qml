import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Security: change the PIN, lock now, erase this device.
Page {
    id: root

    title: qsTr("Security")
    background: null

    Connections {
        target: AppLock
        function onPinChanged() {
            current.clear()
            fresh.clear()
            repeat.clear()
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacing, 480)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacingSmall

            SectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Change PIN")
            }
            SecretField {
                id: current
                placeholderText: qsTr("Current PIN")
            }
            SecretField {
                id: fresh
                placeholderText: qsTr("New PIN")
            }
            SecretField {
                id: repeat
                placeholderText: qsTr("The same PIN again")
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: AppLock.message
                color: Theme.accent
                wrapMode: Text.Wrap
            }
            Button {
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("Change PIN")
                onClicked: AppLock.changePin(current.text, fresh.text, repeat.text)
            }

            SectionTitle {
                Layout.topMargin: Theme.spacingLarge
                text: qsTr("Lock")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Brugboek locks itself after %n minute(s) without use and when you switch to another app.", "", Math.max(1, Math.round(AppLock.idleTimeoutMs / 60000)))
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Button {
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("Lock now")
                onClicked: AppLock.lockNow()
            }

            SectionTitle {
                Layout.topMargin: Theme.spacingLarge
                text: qsTr("Erase this device")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Deletes all Brugboek data on this device, for instance before it goes to a colleague. Changes not yet synchronised are lost.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Button {
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("Erase this device…")
                Material.foreground: Theme.attention
                onClicked: confirmErase.open()
            }
        }
    }

    Dialog {
        id: confirmErase
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 440)
        modal: true
        title: qsTr("Erase all data on this device?")
        standardButtons: Dialog.Cancel | Dialog.Yes
        onAccepted: AppLock.wipeNow()

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right

            Label {
                Layout.fillWidth: true
                text: qsTr("This cannot be undone.")
                wrapMode: Text.Wrap
            }
        }
    }
}
