import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// One toeleiding: the family, the need, where to, since when, when to call;
// the call turns red when it is overdue. "Status" asks for the next step.
ItemDelegate {
    id: root

    required property int index
    required property string referralId
    required property string householdId
    required property string householdName
    required property string need
    required property string organisationName
    required property string status
    required property string statusLabel
    required property string statusOnText
    required property string followUpText
    required property bool overdue
    required property bool warm
    property bool showStatus: false
    property bool selected: false

    signal changeStatusRequested()

    implicitHeight: Math.max(Theme.listRowHeight, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacingSmall
    highlighted: selected

    contentItem: RowLayout {
        spacing: Theme.spacingSmall

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.householdName
                font.weight: Font.Medium
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 → %2").arg(root.need).arg(root.organisationName)
                color: Theme.textSecondary
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: (root.showStatus ? root.statusLabel + " · " : "") + root.statusOnText
                      + (root.followUpText.length > 0 ? " · " + root.followUpText : "")
                font.pixelSize: Theme.fontSmall
                font.weight: root.overdue ? Font.Medium : Font.Normal
                color: root.overdue ? Theme.attention : Theme.textSecondary
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Button {
            objectName: "statusButton" + root.index
            flat: true
            implicitHeight: Theme.touchTarget
            text: qsTr("Status")
            onClicked: root.changeStatusRequested()
        }
    }
}
