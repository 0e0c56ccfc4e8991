import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Every status of a referral with its date, oldest first.
ListView {
    id: root

    required property ReferralHistoryModel history

    clip: true
    model: history
    header: SectionTitle {
        width: ListView.view.width
        padding: Theme.spacing
        text: qsTr("History")
    }
    delegate: ColumnLayout {
        required property string statusLabel
        required property string dateText
        required property string detail

        width: ListView.view.width
        spacing: 2
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            text: qsTr("%1 · %2").arg(dateText).arg(statusLabel)
            font.weight: Font.Medium
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacingSmall
            visible: detail.length > 0
            text: detail
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }
    EmptyState {
        anchors.left: parent.left
        anchors.right: parent.right
        y: root.headerItem ? root.headerItem.height : 0
        visible: root.count === 0
        text: qsTr("Choose a referral to see its history.")
    }
}
