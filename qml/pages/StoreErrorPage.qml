import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Shown instead of everything else when the store could not be opened.
Page {
    id: root

    title: qsTr("Brugboek")
    background: null

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingLarge, Theme.contentMaxWidth / 1.5)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing

            Label {
                Layout.topMargin: Theme.spacingLarge
                Layout.fillWidth: true
                text: qsTr("Your data cannot be opened")
                font.pixelSize: Theme.fontHeadline
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: AppContext.errorText
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Nothing was changed or deleted. If this keeps happening, show this screen to whoever supports Brugboek in your team.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: AppContext.errorDetail.length > 0
                text: qsTr("Details: %1").arg(AppContext.errorDetail)
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.WrapAnywhere
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Data folder: %1").arg(AppContext.dataDirectory)
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
