import QtQuick
import QtQuick.Controls
import Brugboek.Ui

// A chip that shows whether it is chosen; what a tap does is up to the user
// of the chip (it does not toggle itself, so the model stays the truth).
AbstractButton {
    id: root

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, chipLabel.implicitWidth + 2 * Theme.spacing)
    Accessible.role: Accessible.CheckBox
    Accessible.checked: root.checked
    Accessible.name: root.text

    contentItem: Label {
        id: chipLabel
        text: root.text
        color: root.checked ? Theme.textOnPrimary : Theme.textPrimary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        // The visible chip is slimmer than its touch area.
        y: 4
        height: parent.height - 8
        width: parent.width
        radius: height / 2
        color: root.checked ? Theme.primary : (root.down ? Theme.selectedSurface : Theme.surface)
        border.color: root.checked ? Theme.primary : Theme.outline
    }
}
