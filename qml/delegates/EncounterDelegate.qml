import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// One contactmoment: with whom, when, about what.
ItemDelegate {
    id: root

    required property string encounterId
    required property string householdId
    required property string title
    required property string kindLabel
    required property string whenText
    required property string note
    required property string domainsText

    implicitHeight: Math.max(Theme.listRowHeight, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.title
                font.weight: Font.Medium
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            Label {
                text: root.whenText
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.domainsText.length > 0 ? qsTr("%1 · %2").arg(root.kindLabel).arg(root.domainsText)
                                              : root.kindLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: root.note.length > 0
            text: root.note
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
    }
}
