import QtQuick
import QtQuick.Controls
import Brugboek.Ui

// A quiet sentence where a list has nothing to show.
Label {
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.Wrap
    padding: Theme.spacingLarge
    color: Theme.textSecondary
    font.pixelSize: Theme.fontBody
}
