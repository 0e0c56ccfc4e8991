import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// A follow-up in one tap: none, tomorrow, next week or a chosen day.
ColumnLayout {
    id: root

    required property EncounterController controller

    spacing: Theme.spacingSmall

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        ChoiceChip {
            objectName: "followUpNone"
            text: qsTr("No follow-up")
            checked: root.controller.followUp === ""
            onClicked: root.controller.followUp = ""
        }
        ChoiceChip {
            objectName: "followUpTomorrow"
            text: qsTr("Tomorrow")
            checked: root.controller.followUp === "tomorrow"
            onClicked: root.controller.followUp = "tomorrow"
        }
        ChoiceChip {
            objectName: "followUpNextWeek"
            text: qsTr("Next week")
            checked: root.controller.followUp === "nextWeek"
            onClicked: root.controller.followUp = "nextWeek"
        }
        ChoiceChip {
            objectName: "followUpDate"
            text: qsTr("Pick a day…")
            checked: root.controller.followUp === "date"
            onClicked: dateDialog.open()
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.controller.followUp !== ""
        text: root.controller.followUpText
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    DateDialog {
        id: dateDialog
        onPicked: (day) => root.controller.followUpDate = day
    }
}
