import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// A failure of the open store, or input it refused, in plain words above
// the page, until the worker closes it.
Rectangle {
    id: root

    property string text

    visible: text.length > 0
    implicitHeight: visible ? Math.max(label.implicitHeight, Theme.touchTarget) : 0
    color: Theme.attention

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            id: label
            objectName: "errorText"
            Layout.fillWidth: true
            text: root.text
            color: Theme.textOnPrimary
            wrapMode: Text.Wrap
            padding: Theme.spacing
            font.pixelSize: Theme.fontBody
        }
        ToolButton {
            objectName: "dismissError"
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            text: "\u2715"
            Material.foreground: Theme.textOnPrimary
            Accessible.name: qsTr("Close the message")
            onClicked: AppContext.clearError()
        }
    }
}
