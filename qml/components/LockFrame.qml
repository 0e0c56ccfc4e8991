import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// The frame of the lock pages: a centred column of at most a phone's width.
Page {
    id: root

    default property alias content: column.data
    property string heading

    title: qsTr("Brugboek")
    background: Rectangle {
        color: Theme.background
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: column
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingLarge, 480)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing

            Label {
                Layout.topMargin: Theme.spacingLarge * 2
                Layout.fillWidth: true
                text: root.heading
                font.pixelSize: Theme.fontHeadline
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
        }
    }
}
