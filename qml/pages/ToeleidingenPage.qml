import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Toeleidingen: every open referral grouped by status, overdue calls in red,
// a status change in one or two taps, and the chosen referral's history.
Page {
    id: root

    readonly property bool wide: width >= Theme.splitWidth
    property string selectedId
    property alias referrals: referralModel
    property alias history: history
    property alias statusDialog: statusDialog

    title: qsTr("Referrals", "toeleidingen")
    background: null

    ReferralModel {
        id: referralModel
        context: AppContext
    }
    ReferralHistoryModel {
        id: history
        context: AppContext
        key: root.selectedId
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: list
            objectName: "referralList"
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: referralModel
            section.property: "statusLabel"
            section.delegate: Label {
                required property string section

                width: ListView.view.width
                topPadding: Theme.spacing
                leftPadding: Theme.spacing
                bottomPadding: Theme.spacingSmall
                text: section
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Medium
                color: Theme.primary
            }
            header: Label {
                width: ListView.view.width
                padding: Theme.spacing
                visible: referralModel.overdueCount > 0
                height: visible ? implicitHeight : 0
                text: qsTr("%n referral(s) with an overdue call", "", referralModel.overdueCount)
                color: Theme.attention
                wrapMode: Text.Wrap
            }
            delegate: ReferralDelegate {
                width: ListView.view.width
                selected: referralId === root.selectedId
                onClicked: {
                    root.selectedId = referralId
                    if (!root.wide)
                        historyDialog.open()
                }
                onChangeStatusRequested: {
                    statusDialog.referralId = referralId
                    statusDialog.householdName = householdName
                    statusDialog.open()
                }
            }
            ScrollIndicator.vertical: ScrollIndicator { }

            EmptyState {
                anchors.fill: parent
                visible: referralModel.count === 0
                text: qsTr("No open referrals.")
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            visible: root.wide
            color: Theme.outline
        }

        ReferralHistoryView {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.listPaneWidth
            visible: root.wide
            history: history
        }
    }

    Dialog {
        id: historyDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        height: Math.min(parent.height - 2 * Theme.spacing, 480)
        modal: true
        standardButtons: Dialog.Close

        ReferralHistoryView {
            anchors.fill: parent
            history: history
        }
    }

    StatusDialog {
        id: statusDialog
        referrals: referralModel
    }
}
