import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// Picks a day on a month grid.
Dialog {
    id: root

    // The month shown first.
    property date shownMonth: new Date()

    signal picked(date day)

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    title: qsTr("Choose a day")
    standardButtons: Dialog.Cancel

    ColumnLayout {
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                text: "\u2039"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Previous month")
                onClicked: root.shownMonth = new Date(grid.year, grid.month - 1, 1)
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: grid.title
                font.pixelSize: Theme.fontTitle
            }
            ToolButton {
                text: "\u203a"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Next month")
                onClicked: root.shownMonth = new Date(grid.year, grid.month + 1, 1)
            }
        }
        DayOfWeekRow {
            Layout.fillWidth: true
            locale: grid.locale
        }
        MonthGrid {
            id: grid
            Layout.fillWidth: true
            Layout.preferredWidth: 7 * Theme.touchTarget
            Layout.preferredHeight: 6 * Theme.touchTarget
            month: root.shownMonth.getMonth()
            year: root.shownMonth.getFullYear()
            locale: Qt.locale()
            onClicked: (day) => {
                root.picked(day)
                root.close()
            }
        }
    }
}
