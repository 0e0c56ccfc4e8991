import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// "Delen met collega": the colleagues of the team, with whom the household
// is shared and whether the parents' consent allows it. Without a consent
// sharing is refused with the reason, and the consent can be recorded first.
Dialog {
    id: root

    property alias householdId: shares.householdId
    readonly property alias shares: shares

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.spacing, 600)
    height: Math.min(parent.height - 2 * Theme.spacing, 640)
    modal: true
    title: qsTr("Share with a colleague")
    standardButtons: Dialog.Close
    onAboutToShow: {
        shares.clearProblem()
        shares.members.refresh()
    }

    ShareController {
        id: shares
        context: AppContext
    }
    OptionModel {
        id: methods
        context: AppContext
        list: "toestemming_wijze"
        single: true
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("A colleague sees this household only with the parents' consent to share it with them.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: shares.members.count === 0
                text: qsTr("No colleagues yet. They appear once this device is linked to the team's server.")
                wrapMode: Text.Wrap
            }
            Repeater {
                model: shares.members
                delegate: ItemDelegate {
                    id: row

                    required property int index
                    required property string memberId
                    required property string name
                    required property string roleLabel
                    required property bool shared
                    required property string shareId
                    required property bool hasConsent
                    required property string consentText

                    objectName: "member" + index
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.listRowHeight, implicitContentHeight + topPadding + bottomPadding)
                    leftPadding: 0
                    rightPadding: 0
                    contentItem: RowLayout {
                        spacing: Theme.spacingSmall
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: row.name
                                font.weight: Font.Medium
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.shared ? qsTr("%1 · shared · %2").arg(row.roleLabel).arg(row.consentText)
                                                 : qsTr("%1 · %2").arg(row.roleLabel).arg(row.consentText)
                                font.pixelSize: Theme.fontSmall
                                color: row.hasConsent ? Theme.textSecondary : Theme.attention
                                wrapMode: Text.Wrap
                            }
                        }
                        Button {
                            objectName: "shareToggle" + row.index
                            implicitHeight: Theme.touchTarget
                            text: row.shared ? qsTr("Stop sharing") : qsTr("Share")
                            highlighted: !row.shared
                            onClicked: {
                                if (row.shared)
                                    unshareDialog.ask(row.shareId, row.name)
                                else
                                    shares.share(row.memberId)
                            }
                        }
                    }
                }
            }

            // Refused: why, and recording the consent there and then.
            Pane {
                objectName: "consentNeeded"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: shares.problem.length > 0
                Material.elevation: 1
                Material.background: Theme.attentionSurface

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.spacingSmall

                    Label {
                        objectName: "shareProblem"
                        Layout.fillWidth: true
                        text: shares.problem
                        color: Theme.attention
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Did the parents agree today that you share their file with %1?").arg(shares.refusedMemberName)
                        wrapMode: Text.Wrap
                    }
                    TextField {
                        id: givenBy
                        objectName: "consentGivenBy"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Given by (e.g. mother, Fatima)")
                    }
                    OptionChips {
                        Layout.fillWidth: true
                        options: methods
                    }
                    Button {
                        objectName: "recordConsentAndShare"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        enabled: givenBy.text.trim().length > 0 && methods.selected.length > 0
                        highlighted: true
                        text: qsTr("Record consent and share")
                        onClicked: {
                            if (shares.recordConsentAndShare(shares.refusedMemberId, givenBy.text, methods.selected[0])) {
                                givenBy.clear()
                                methods.selected = []
                            }
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: unshareDialog

        property string shareId

        function ask(id, name) {
            shareId = id
            question.text = qsTr("Stop sharing this household with %1? It disappears from their devices.").arg(name)
            open()
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 440)
        modal: true
        title: qsTr("Stop sharing")
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: shares.unshare(shareId)

        Label {
            id: question
            anchors.left: parent.left
            anchors.right: parent.right
            wrapMode: Text.Wrap
        }
    }
}
