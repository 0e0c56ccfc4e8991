import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// One household in a list: its name, its members, and through whom it was
// found when the search matched a person rather than the household.
ItemDelegate {
    id: root

    required property int index
    required property string householdId
    required property string displayName
    required property string members
    required property string matchedPerson

    implicitHeight: Math.max(Theme.listRowHeight, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: root.displayName
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Medium
            color: Theme.textPrimary
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.members
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: root.matchedPerson.length > 0
            text: qsTr("Found via %1").arg(root.matchedPerson)
            font.pixelSize: Theme.fontSmall
            font.italic: true
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
    }
}
