import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Households: search as you type, by the household's name or a person's.
Page {
    id: root

    title: qsTr("Households")
    background: null

    HouseholdSearchModel {
        id: households
        context: AppContext
        query: search.text
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
            placeholderText: qsTr("Search by name")
            // Every key press searches; no waiting for the word to be predicted.
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search households")
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: households
            delegate: HouseholdDelegate {
                width: ListView.view.width
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
}
