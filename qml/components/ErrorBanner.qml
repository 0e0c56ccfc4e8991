import QtQuick
import QtQuick.Controls
import Brugboek.Ui

// A failure of the open store, in plain words, above the page.
Rectangle {
    id: root

    property string text

    visible: text.length > 0
    implicitHeight: visible ? label.implicitHeight : 0
    color: Theme.attention

    Label {
        id: label
        width: parent.width
        text: root.text
        color: Theme.textOnPrimary
        wrapMode: Text.Wrap
        padding: Theme.spacing
        font.pixelSize: Theme.fontBody
    }
}
