import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// One line of a household's timeline.
Pane {
    id: root

    required property string title
    required property string kind
    required property string kindLabel
    required property string detail
    required property string dateText
    required property string entryId
    required property bool canWithdraw

    signal withdrawRequested()

    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    background: null

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2").arg(root.dateText).arg(root.kindLabel)
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.title
                font.weight: Font.Medium
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
            Button {
                visible: root.canWithdraw
                flat: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Withdraw", "consent")
                onClicked: root.withdrawRequested()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.detail.length > 0
            text: root.detail
            color: Theme.textSecondary
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
}
