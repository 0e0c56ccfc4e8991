import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// The title above a group of fields or a list.
Label {
    Layout.fillWidth: true
    Layout.topMargin: Theme.spacingSmall
    font.pixelSize: Theme.fontTitle
    font.weight: Font.Medium
    color: Theme.textPrimary
    wrapMode: Text.Wrap
}
