import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.Ui

// A figure with what it counts, e.g. "3 / Overdue follow-ups".
Pane {
    id: root

    property real value: 0
    property string label
    // Draws the eye when the figure asks for action.
    property bool attention: false

    padding: Theme.spacing
    Material.elevation: 1
    Material.background: Theme.surface

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        Label {
            Layout.fillWidth: true
            text: root.value.toLocaleString(Qt.locale(), "f", 0)
            font.pixelSize: Theme.fontFigure
            font.weight: Font.Medium
            color: root.attention ? Theme.attention : Theme.textPrimary
        }
        Label {
            Layout.fillWidth: true
            text: root.label
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
        // Figures of a row of cards line up at the top.
        Item {
            Layout.fillHeight: true
        }
    }
}
