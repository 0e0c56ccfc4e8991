import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Households: search as you type, by the household's name or a person's.
// Wide: the list beside the chosen household's dossier; narrow: a tap opens
// the dossier as a page.
Page {
    id: root

    readonly property bool wide: width >= Theme.splitWidth

    // The self-test's second picture: a person being edited in the dossier.
    function selfTestScene() {
        return wide && dossierView.editFirstPerson() ? "Person" : ""
    }
    property string selectedId

    title: qsTr("Households")
    background: null

    HouseholdSearchModel {
        id: households
        context: AppContext
        query: search.text
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Theme.listPaneWidth : -1
            spacing: 0

            TextField {
                id: search
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                Layout.bottomMargin: Theme.spacingSmall
                Layout.minimumHeight: Theme.touchTarget
                placeholderText: qsTr("Search by name")
                // Every key press searches; no waiting for the word to be predicted.
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Accessible.name: qsTr("Search households")
            }

            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: households
                delegate: HouseholdDelegate {
                    objectName: "household" + index
                    width: ListView.view.width
                    highlighted: root.wide && householdId === root.selectedId
                    onClicked: {
                        if (root.wide)
                            root.selectedId = householdId
                        else
                            root.StackView.view.push(Qt.resolvedUrl("GezinsdossierPage.qml"),
                                                     { "householdId": householdId })
                    }
                }
                ScrollIndicator.vertical: ScrollIndicator { }

                EmptyState {
                    anchors.fill: parent
                    visible: households.count === 0
                    text: search.text.length > 0 ? qsTr("No household matches “%1”.").arg(search.text)
                                                 : qsTr("No households yet.")
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            visible: root.wide
            color: Theme.outline
        }

        DossierView {
            id: dossierView
            objectName: "dossierView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.wide
            // The first household until one is chosen.
            householdId: root.wide ? (root.selectedId.length > 0 ? root.selectedId
                                                                  : ((list.currentItem as HouseholdDelegate)?.householdId ?? ""))
                                   : ""
        }
    }
}
