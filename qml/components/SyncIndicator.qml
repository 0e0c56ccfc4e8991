import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Sync state in the header on every page: a coloured dot and, where there is
// room, a word or two. Tapping it syncs now; the whole story is in Instellingen.
ToolButton {
    id: root

    property bool compact: false

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, row.implicitWidth + 2 * Theme.spacingSmall)
    enabled: SyncStatus.enrolled
    Accessible.name: SyncStatus.stateText
    ToolTip.visible: down
    ToolTip.text: SyncStatus.stateText + (SyncStatus.errorText.length > 0 ? "\n" + SyncStatus.errorText : "")
    onClicked: SyncStatus.syncNow()

    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight

        RowLayout {
            id: row
            anchors.centerIn: parent
            spacing: Theme.spacingSmall

            Rectangle {
                implicitWidth: 12
                implicitHeight: 12
                radius: 6
                color: SyncStatus.hasError ? "#ff8a80"
                     : SyncStatus.offline || !SyncStatus.enrolled ? "#b0bec5"
                     : SyncStatus.upToDate ? "#a5d6a7" : "#ffe082"
                border.color: Theme.textOnPrimary
                border.width: 1
            }
            Label {
                visible: !root.compact
                text: SyncStatus.shortText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
