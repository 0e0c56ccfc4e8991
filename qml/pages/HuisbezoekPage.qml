import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Huisbezoek: a longer note at the family's home: who was there, needs in
// every life domain, agreements, the consent asked, a follow-up.
Page {
    id: root

    property alias controller: visit

    title: qsTr("Home visit")
    background: null

    EncounterController {
        id: visit
        context: AppContext
        kind: "huisbezoek"
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
                text: qsTr("Household")
            }
            HouseholdPicker {
                Layout.fillWidth: true
                controller: visit
                allowUnknown: false
            }

            SectionTitle {
                visible: visit.people.count > 0
                text: qsTr("Present")
            }
            OptionChips {
                Layout.fillWidth: true
                visible: visit.people.count > 0
                options: visit.people
            }

            SectionTitle {
                text: qsTr("Needs by life domain")
            }
            OptionChips {
                Layout.fillWidth: true
                options: visit.domains
            }

            TextArea {
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.minimumHeight: 3 * Theme.touchTarget
                placeholderText: qsTr("What was talked about")
                wrapMode: TextEdit.Wrap
                text: visit.note
                onTextChanged: visit.note = text
            }
            TextArea {
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.minimumHeight: 2 * Theme.touchTarget
                placeholderText: qsTr("Agreements")
                wrapMode: TextEdit.Wrap
                text: visit.agreements
                onTextChanged: visit.agreements = text
            }

            SectionTitle {
                text: qsTr("Consent")
            }
            Switch {
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("The parents agreed that information may be shared")
                checked: visit.consentGiven
                onToggled: visit.consentGiven = checked
            }
            TextField {
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                visible: visit.consentGiven
                placeholderText: qsTr("What may be shared")
                text: visit.consentSubject
                onTextEdited: visit.consentSubject = text
            }
            TextField {
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                visible: visit.consentGiven
                placeholderText: qsTr("With whom (service or colleague)")
                text: visit.consentWith
                onTextEdited: visit.consentWith = text
            }
            OptionChips {
                Layout.fillWidth: true
                visible: visit.consentGiven
                options: visit.consentMethods
            }

            SectionTitle {
                text: qsTr("Follow-up")
            }
            FollowUpChooser {
                Layout.fillWidth: true
                controller: visit
            }

            Label {
                Layout.fillWidth: true
                visible: !visit.canSave
                text: visit.problem
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Button {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.bigButtonHeight
                Layout.bottomMargin: Theme.spacingLarge
                enabled: visit.canSave
                text: qsTr("Save home visit")
                font.pixelSize: Theme.fontTitle
                highlighted: true
                Material.accent: Theme.primary
                onClicked: visit.save()
            }
        }
    }

    UndoBar {
        id: undoBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        controller: visit
    }
}
