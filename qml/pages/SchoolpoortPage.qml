import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Schoolpoort: "this parent asked about X" in three taps and a few letters.
Page {
    id: root

    property alias controller: capture

    title: qsTr("Schoolpoort")
    background: null

    EncounterController {
        id: capture
        context: AppContext
        kind: "schoolpoort"
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.bottomMargin: undoBar.visible ? undoBar.height : 0
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacing, Theme.contentMaxWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacingSmall

            SectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Who?")
            }
            HouseholdPicker {
                Layout.fillWidth: true
                controller: capture
            }

            SectionTitle {
                text: qsTr("About what?")
            }
            OptionChips {
                Layout.fillWidth: true
                options: capture.domains
            }

            TextField {
                id: note
                objectName: "noteField"
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                placeholderText: qsTr("Short note (optional)")
                text: capture.note
                onTextEdited: capture.note = text
            }

            SectionTitle {
                text: qsTr("Follow-up")
            }
            FollowUpChooser {
                Layout.fillWidth: true
                controller: capture
            }

            Item {
                Layout.preferredHeight: Theme.spacing
            }
        }
    }

    // Always in reach, also on a phone: the third tap.
    footer: Pane {
        padding: Theme.spacingSmall
        background: Rectangle {
            color: Theme.background
        }

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.spacingSmall, Theme.contentMaxWidth)
            x: (parent.width - width) / 2
            spacing: Theme.spacingSmall / 2

            Label {
                Layout.fillWidth: true
                visible: !capture.canSave
                text: capture.problem
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "saveButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.bigButtonHeight
                enabled: capture.canSave
                text: qsTr("Save")
                font.pixelSize: Theme.fontTitle
                highlighted: true
                Material.accent: Theme.primary
                onClicked: capture.save()
            }
        }
    }

    UndoBar {
        id: undoBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        controller: capture
    }
}
