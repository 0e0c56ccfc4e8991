import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// A referral's next status in one or two taps: a status (today), a planned
// intake (then its day) or completed (then the outcome).
Dialog {
    id: root

    required property ReferralModel referrals
    property string referralId
    property string householdName
    property string pendingStatus

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.spacing, 440)
    modal: true
    title: householdName
    standardButtons: Dialog.Cancel
    onAboutToShow: pendingStatus = ""

    function choose(code) {
        if (code === "intake_gepland") {
            intakeDay.open()
        } else if (code === "afgerond") {
            pendingStatus = code
        } else {
            root.referrals.changeStatus(root.referralId, code)
            root.close()
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingSmall
            text: root.pendingStatus === "afgerond" ? qsTr("What came of it?") : qsTr("New status, as of today:")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.pendingStatus === "afgerond" ? root.referrals.outcomeChoices : root.referrals.statusChoices
            delegate: ItemDelegate {
                required property var modelData

                objectName: "choice_" + modelData.code
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: modelData.label
                onClicked: {
                    if (root.pendingStatus === "afgerond") {
                        root.referrals.close(root.referralId, modelData.code)
                        root.close()
                    } else {
                        root.choose(modelData.code)
                    }
                }
            }
        }
    }

    DateDialog {
        id: intakeDay
        title: qsTr("Day of the intake")
        onPicked: (day) => {
            root.referrals.changeStatus(root.referralId, "intake_gepland", day)
            root.close()
        }
    }
}
