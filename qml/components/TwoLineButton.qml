import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// A button whose label may take two lines, with an optional smaller line
// below it: long school names and counts stay readable on a phone instead
// of being cut off.
Button {
    id: root

    property string detail
    // Material buttons speak in capitals; a name may keep its own case.
    property int capitalization: Font.AllUppercase

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    contentItem: ColumnLayout {
        spacing: 0
        Label {
            Layout.fillWidth: true
            text: root.text
            font.pixelSize: root.font.pixelSize
            font.weight: Font.Medium
            font.capitalization: root.capitalization
            color: root.highlighted ? Theme.textOnPrimary : Theme.textPrimary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: root.detail.length > 0
            text: root.detail
            font.pixelSize: Theme.fontSmall
            color: root.highlighted ? Theme.textOnPrimary : Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
