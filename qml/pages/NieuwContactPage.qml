import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// Placeholder: recording a contactmoment comes with the capture issue.
Page {
    id: root

    title: qsTr("New contact")
    background: null

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.contentMaxWidth / 1.5)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Coming soon")
            font.pixelSize: Theme.fontHeadline
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Here you will soon note a contact in a few taps: with whom, where and about which life domains. This screen comes in a next version of Brugboek.")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }
}
