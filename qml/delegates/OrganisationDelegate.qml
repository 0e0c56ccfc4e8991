import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// One organisation of the sociale kaart: what it offers, the waiting time,
// and buttons to call, mail or refer a family to it.
Pane {
    id: root

    required property int index
    required property string organisationId
    required property string name
    required property string kindLabel
    required property string services
    required property string address
    required property string phone
    required property string email
    required property string openingHours
    required property string waitingText
    required property string intakeProcedure

    signal referRequested()

    padding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.outline
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: root.name
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Medium
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.services.length > 0 ? qsTr("%1 · %2").arg(root.kindLabel).arg(root.services) : root.kindLabel
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.waitingText.length > 0
            text: root.waitingText
            color: Theme.attention
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.openingHours.length > 0 || root.address.length > 0
            text: [root.address, root.openingHours].filter(t => t.length > 0).join(" · ")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Button {
                visible: root.phone.length > 0
                implicitHeight: Theme.touchTarget
                text: qsTr("Call %1").arg(root.phone)
                onClicked: Qt.openUrlExternally("tel:" + root.phone.replace(/[^0-9+]/g, ""))
            }
            Button {
                visible: root.email.length > 0
                implicitHeight: Theme.touchTarget
                text: qsTr("E-mail")
                onClicked: Qt.openUrlExternally("mailto:" + root.email)
            }
            Button {
                objectName: "referTo" + root.index
                implicitHeight: Theme.touchTarget
                highlighted: true
                text: qsTr("Refer a family")
                onClicked: root.referRequested()
            }
        }
    }
}
