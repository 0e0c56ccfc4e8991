import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Sociale kaart: organisations by name or service, reached in one tap, and
// "toeleiden naar …" from here.
Page {
    id: root

    title: qsTr("Social map")
    background: null

    OrganisationModel {
        id: organisations
        context: AppContext
        key: search.text
    }
    // Only to make referrals: the household "-" has none, so it reads nothing.
    ReferralModel {
        id: referrals
        context: AppContext
        householdId: "-"
    }
    HouseholdSearchModel {
        id: families
        context: AppContext
        query: familySearch.text
        limit: 5
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: search
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.bottomMargin: Theme.spacingSmall
            Layout.minimumHeight: Theme.touchTarget
            placeholderText: qsTr("Search by name or service, e.g. debt")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: organisations
            delegate: OrganisationDelegate {
                width: ListView.view.width
                onReferRequested: {
                    referDialog.organisationId = organisationId
                    referDialog.organisationName = name
                    referDialog.open()
                }
            }
            ScrollIndicator.vertical: ScrollIndicator { }
            EmptyState {
                anchors.fill: parent
                visible: organisations.count === 0
                text: qsTr("No organisation matches “%1”.").arg(search.text)
            }
        }
    }

    Dialog {
        id: referDialog

        property string organisationId
        property string organisationName
        property string householdId
        property string householdName

        // Called from a result row, which this removes.
        function pick(id, name) {
            householdId = id
            householdName = name
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 520)
        modal: true
        title: qsTr("Refer to %1").arg(organisationName)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAboutToShow: {
            householdId = ""
            householdName = ""
            familySearch.clear()
            need.clear()
        }
        onAccepted: referrals.create(householdId, organisationId, need.text)
        Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => householdId.length > 0)

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacingSmall

            TextField {
                id: familySearch
                Layout.fillWidth: true
                visible: referDialog.householdId.length === 0
                placeholderText: qsTr("Household name")
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            }
            Repeater {
                model: familySearch.text.length > 0 && referDialog.householdId.length === 0 ? families : null
                delegate: ItemDelegate {
                    required property string householdId
                    required property string displayName

                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: displayName
                    onClicked: referDialog.pick(householdId, displayName)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: referDialog.householdId.length > 0
                text: referDialog.householdName
                font.pixelSize: Theme.fontTitle
            }
            TextField {
                id: need
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                placeholderText: qsTr("Need, e.g. debt mediation")
            }
        }
    }
}
