import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// "Saved: Haddad  [Undo]" for a few seconds after a save.
Pane {
    id: root

    required property EncounterController controller

    visible: controller.canUndo
    padding: Theme.spacingSmall
    Material.elevation: 4
    Material.background: Theme.textPrimary

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingSmall
            text: root.controller.savedText
            color: Theme.textOnPrimary
            elide: Text.ElideRight
        }
        Button {
            objectName: "undoButton"
            flat: true
            text: qsTr("Undo")
            Material.foreground: Theme.textOnPrimary
            implicitHeight: Theme.touchTarget
            onClicked: root.controller.undo()
        }
    }
}
