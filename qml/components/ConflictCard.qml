import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// A text changed on two devices: both versions, and a button to keep each.
Pane {
    id: root

    required property ConflictModel conflicts
    required property int index
    required property string conflictId
    required property string fieldLabel
    required property string currentValue
    required property string lostValue

    padding: Theme.spacing
    Material.elevation: 1
    Material.background: Theme.attentionSurface

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 was changed on two devices: which text do you keep?").arg(root.fieldLabel)
            font.weight: Font.Medium
            wrapMode: Text.Wrap
        }
        Repeater {
            model: [
                { "caption": qsTr("Current text"), "text": root.currentValue, "lost": false },
                { "caption": qsTr("Overwritten text"), "text": root.lostValue, "lost": true }
            ]
            delegate: RowLayout {
                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: modelData.caption
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.text.length > 0 ? modelData.text : qsTr("(empty)")
                        wrapMode: Text.Wrap
                    }
                }
                Button {
                    objectName: (modelData.lost ? "keepLost" : "keepCurrent") + root.index
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Keep this")
                    onClicked: root.conflicts.keep(root.conflictId, modelData.lost)
                }
            }
        }
    }
}
