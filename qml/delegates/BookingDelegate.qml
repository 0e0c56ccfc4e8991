import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// One zitdag booking: when, who, about what, and its state. A booked one
// can be started (tap) or cancelled; a seen or cancelled one only shows.
ItemDelegate {
    id: root

    required property int index
    required property string bookingId
    required property string householdId
    required property string householdName
    required property string title
    required property string description
    required property string timeText
    required property string dateText
    required property string schoolName
    required property string statusLabel
    required property bool isOpen
    required property string unknownParent
    // The day and school as well (a household's bookings on several days).
    property bool showDay: false

    signal cancelClicked()

    enabled: isOpen
    implicitHeight: Math.max(Theme.listRowHeight, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacingSmall

    contentItem: RowLayout {
        spacing: Theme.spacing

        Label {
            Layout.alignment: Qt.AlignTop
            text: root.timeText
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Medium
            color: root.isOpen ? Theme.primary : Theme.textSecondary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.title
                font.weight: Font.Medium
                color: root.isOpen ? Theme.textPrimary : Theme.textSecondary
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.showDay ? [root.dateText, root.schoolName, root.description].filter(t => t.length > 0).join(" · ")
                                   : root.description
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Label {
            visible: !root.isOpen
            text: root.statusLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        ToolButton {
            objectName: "cancelBooking" + root.index
            visible: root.isOpen
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            text: "\u2715"
            Accessible.name: qsTr("Cancel the booking of %1").arg(root.title)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Cancel the booking")
            onClicked: root.cancelClicked()
        }
    }
}
