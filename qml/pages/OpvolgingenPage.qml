import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Opvolgingen: every open follow-up due today or earlier, the oldest first
// (Vandaag shows the first few). A row opens the family's dossier; "Done"
// ticks it off. A ListView: only the visible rows get a delegate, however
// long the list of a large caseload is.
Page {
    id: root

    title: qsTr("Follow-ups")
    background: null

    FollowUpModel {
        id: followUps
        objectName: "allFollowUps"
        context: AppContext
    }

    ListView {
        id: list
        objectName: "followUpList"
        anchors.fill: parent
        clip: true
        model: followUps
        header: Label {
            width: ListView.view.width
            padding: Theme.spacing
            visible: followUps.count > 0
            text: qsTr("%n follow-up(s) due", "", followUps.count)
            color: Theme.textSecondary
        }
        delegate: FollowUpDelegate {
            width: ListView.view.width
            onClicked: {
                if (householdId.length > 0)
                    root.StackView.view.push(Qt.resolvedUrl("GezinsdossierPage.qml"),
                                             { "householdId": householdId })
            }
            onDoneClicked: followUps.complete(followUpId)
        }
        ScrollIndicator.vertical: ScrollIndicator { }

        EmptyState {
            anchors.fill: parent
            visible: followUps.count === 0
            text: qsTr("Nothing to follow up today.")
        }
    }
}
