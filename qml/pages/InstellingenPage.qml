import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Settings: the language of the app, and linking this device to the team's
// server with the state of its sync.
Page {
    id: root

    title: qsTr("Settings")
    background: null

    SettingsController {
        id: settings
        context: AppContext
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacing, Theme.contentMaxWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacingSmall

            SectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Language")
            }
            Repeater {
                model: settings.languages
                delegate: RadioButton {
                    required property var modelData

                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    text: modelData.label
                    checked: settings.language === modelData.code
                    onClicked: settings.language = modelData.code
                }
            }

            SectionTitle {
                Layout.topMargin: Theme.spacingLarge
                text: qsTr("Synchronisation")
            }
            SyncSettings {
                objectName: "syncSection"
                Layout.fillWidth: true
            }

            SectionTitle {
                Layout.topMargin: Theme.spacingLarge
                text: qsTr("Security")
            }
            Button {
                objectName: "securityButton"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("PIN, lock and erasing this device")
                onClicked: root.StackView.view.push(Qt.resolvedUrl("BeveiligingPage.qml"))
            }

            SectionTitle {
                Layout.topMargin: Theme.spacingLarge
                text: qsTr("About")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Brugboek %1. Data folder: %2").arg(Qt.application.version).arg(AppContext.dataDirectory)
                color: Theme.textSecondary
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
