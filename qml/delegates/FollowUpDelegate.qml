import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// One follow-up due: what, for whom, how late; "Done" ticks it off.
ItemDelegate {
    id: root

    required property int index
    required property string followUpId
    required property string householdId
    required property string householdName
    required property string title
    required property string dueText
    required property bool overdue

    signal doneClicked()

    implicitHeight: Math.max(Theme.listRowHeight, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacingSmall

    contentItem: RowLayout {
        spacing: Theme.spacingSmall

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.title
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.householdName.length > 0 ? qsTr("%1 · %2").arg(root.householdName).arg(root.dueText)
                                                    : root.dueText
                font.pixelSize: Theme.fontSmall
                color: root.overdue ? Theme.attention : Theme.textSecondary
                elide: Text.ElideRight
            }
        }
        Button {
            objectName: "followUpDone" + root.index
            flat: true
            implicitHeight: Theme.touchTarget
            text: qsTr("Done")
            onClicked: root.doneClicked()
        }
    }
}
