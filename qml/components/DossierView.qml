import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// The gezinsdossier: the household, its people, conflicts to settle, its
// referrals and one timeline.
Item {
    id: root

    property alias householdId: dossier.householdId
    readonly property alias dossier: dossier

    // Opens the form of the first person (the self-test's picture of it).
    function editFirstPerson() {
        if (dossier.people.count === 0)
            return false
        personDialog.editPerson(dossier.people.get(0, "personId"))
        return true
    }

    DossierController {
        id: dossier
        context: AppContext
    }

    ScrollView {
    id: scroll
    anchors.fill: parent
    contentWidth: availableWidth
    visible: dossier.exists

    ColumnLayout {
        width: Math.min(scroll.availableWidth - 2 * Theme.spacing, Theme.contentMaxWidth)
        x: (scroll.availableWidth - width) / 2
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: dossier.displayName
                font.pixelSize: Theme.fontHeadline
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "editHousehold"
                implicitHeight: Theme.touchTarget
                text: qsTr("Edit")
                onClicked: editDialog.open()
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 2

            Label { text: qsTr("Address"); color: Theme.textSecondary; visible: dossier.address.length > 0 }
            Label { Layout.fillWidth: true; text: dossier.address; wrapMode: Text.Wrap; visible: dossier.address.length > 0 }
            Label { text: qsTr("Phone"); color: Theme.textSecondary; visible: dossier.phone.length > 0 }
            Label { Layout.fillWidth: true; text: dossier.phone; visible: dossier.phone.length > 0 }
            Label { text: qsTr("Reach"); color: Theme.textSecondary; visible: dossier.reachNote.length > 0 }
            Label { Layout.fillWidth: true; text: dossier.reachNote; wrapMode: Text.Wrap; visible: dossier.reachNote.length > 0 }
            Label { text: qsTr("Languages"); color: Theme.textSecondary; visible: dossier.languagesText.length > 0 }
            Label {
                Layout.fillWidth: true
                visible: dossier.languagesText.length > 0
                text: dossier.interpreterNeeded ? qsTr("%1 · interpreter needed").arg(dossier.languagesText)
                                                : dossier.languagesText
                color: dossier.interpreterNeeded ? Theme.attention : Theme.textPrimary
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("Schools"); color: Theme.textSecondary; visible: dossier.schoolsText.length > 0 }
            Label { Layout.fillWidth: true; text: dossier.schoolsText; wrapMode: Text.Wrap; visible: dossier.schoolsText.length > 0 }
        }

        Repeater {
            model: dossier.conflicts
            delegate: ConflictCard {
                Layout.fillWidth: true
                conflicts: dossier.conflicts
            }
        }

        RowLayout {
            Layout.fillWidth: true
            SectionTitle {
                text: qsTr("People")
            }
            Button {
                objectName: "addPerson"
                flat: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Add person")
                onClicked: personDialog.addPerson()
            }
        }
        Repeater {
            model: dossier.people
            delegate: ItemDelegate {
                id: personRow

                required property int index
                required property string personId
                required property string name
                required property string roleLabel
                required property string detail

                objectName: "person" + index
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                leftPadding: Theme.spacing
                Accessible.name: qsTr("Edit %1").arg(name)
                onClicked: personDialog.editPerson(personId)
                contentItem: GridLayout {
                    columns: root.width >= Theme.wideWidth ? 2 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: 0
                    Label {
                        Layout.preferredWidth: root.width >= Theme.wideWidth ? 200 : -1
                        Layout.fillWidth: root.width < Theme.wideWidth
                        text: personRow.name
                        font.weight: Font.Medium
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: personRow.detail.length > 0 ? qsTr("%1 · %2").arg(personRow.roleLabel).arg(personRow.detail)
                                                          : personRow.roleLabel
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            SectionTitle {
                text: qsTr("Zitdag bookings")
            }
            Button {
                objectName: "bookZitdag"
                flat: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Book")
                Accessible.name: qsTr("Book a zitdag conversation")
                onClicked: bookingDialog.open()
            }
        }
        Repeater {
            model: dossier.bookings
            delegate: BookingDelegate {
                Layout.fillWidth: true
                showDay: true
                onCancelClicked: dossier.bookings.cancel(bookingId)
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            visible: dossier.bookings.count === 0
            text: qsTr("No zitdag conversation booked.")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            SectionTitle {
                text: qsTr("Shared with")
            }
            Button {
                objectName: "shareWithColleague"
                flat: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Share with a colleague")
                onClicked: shareDialog.open()
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            text: sharedWith.sharedCount > 0 ? sharedWith.sharedNames : qsTr("Nobody: only you see this household.")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        SectionTitle {
            visible: dossier.referrals.count > 0
            text: qsTr("Referrals", "toeleidingen")
        }
        Repeater {
            model: dossier.referrals
            delegate: ReferralDelegate {
                objectName: "dossierReferral" + index
                Layout.fillWidth: true
                showStatus: true
                onClicked: {
                    history.key = referralId
                    historyDialog.title = need
                    historyDialog.open()
                }
                onChangeStatusRequested: {
                    statusDialog.referralId = referralId
                    statusDialog.householdName = householdName
                    statusDialog.open()
                }
            }
        }

        SectionTitle {
            text: qsTr("Timeline")
        }
        Repeater {
            model: dossier.timeline
            delegate: TimelineDelegate {
                Layout.fillWidth: true
                onWithdrawRequested: withdrawDialog.ask(entryId, title)
            }
        }
        Item {
            Layout.preferredHeight: Theme.spacingLarge
        }
    }
    }

    EmptyState {
        anchors.fill: parent
        visible: !dossier.exists
        text: qsTr("Choose a household.")
    }

    DossierEditDialog {
        id: editDialog
        dossier: dossier
    }
    PersonDialog {
        id: personDialog
        objectName: "personDialog"
        householdId: dossier.householdId
        onRemoveRequested: (name) => removePersonDialog.ask(name)
    }
    Dialog {
        id: removePersonDialog

        function ask(name) {
            removeQuestion.text = qsTr("Remove %1 from this household, on every device?").arg(name)
            open()
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 440)
        modal: true
        title: qsTr("Remove person")
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: {
            if (personDialog.editor.remove())
                personDialog.close()
        }

        Label {
            id: removeQuestion
            anchors.left: parent.left
            anchors.right: parent.right
            wrapMode: Text.Wrap
        }
    }
    BookingDialog {
        id: bookingDialog
        objectName: "dossierBookingDialog"
        householdId: dossier.householdId
        householdName: dossier.displayName
    }
    ShareDialog {
        id: shareDialog
        objectName: "shareDialog"
        householdId: dossier.householdId
    }
    TeamMemberModel {
        id: sharedWith
        context: AppContext
        householdId: dossier.householdId
    }
    StatusDialog {
        id: statusDialog
        referrals: dossier.referrals
    }
    Dialog {
        id: withdrawDialog

        property string consentId

        function ask(id, subject) {
            consentId = id
            question.text = qsTr("The parents withdraw their consent for “%1” as of today?").arg(subject)
            open()
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 440)
        modal: true
        title: qsTr("Withdraw consent")
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: dossier.timeline.withdrawConsent(consentId)

        Label {
            id: question
            anchors.left: parent.left
            anchors.right: parent.right
            wrapMode: Text.Wrap
        }
    }
    ReferralHistoryModel {
        id: history
        context: AppContext
    }
    Dialog {
        id: historyDialog
        objectName: "historyDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 520)
        modal: true
        standardButtons: Dialog.Close
        height: Math.min(parent.height - 2 * Theme.spacing, 640)
        onAboutToShow: exchange.referralId = history.key

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall

            ReferralHistoryView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                history: history
            }
            // Sharing information with the organisation needs the parents' consent.
            Button {
                objectName: "shareInformation"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                visible: exchange.organisationName.length > 0 && exchange.problem.length === 0
                text: qsTr("Share information with %1").arg(exchange.organisationName)
                onClicked: exchange.share()
            }
            Label {
                Layout.fillWidth: true
                visible: exchange.doneText.length > 0 && exchange.problem.length === 0
                text: qsTr("Recorded: %1").arg(exchange.doneText)
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                objectName: "exchangeConsent"
                Layout.fillWidth: true
                visible: exchange.problem.length > 0
                spacing: Theme.spacingSmall
                Label {
                    objectName: "exchangeProblem"
                    Layout.fillWidth: true
                    text: exchange.problem
                    color: Theme.attention
                    wrapMode: Text.Wrap
                }
                TextField {
                    id: exchangeGivenBy
                    objectName: "exchangeGivenBy"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Given by (e.g. mother, Fatima)")
                }
                OptionChips {
                    Layout.fillWidth: true
                    options: exchangeMethods
                }
                Button {
                    objectName: "recordConsentAndShareInformation"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    highlighted: true
                    enabled: exchangeGivenBy.text.trim().length > 0 && exchangeMethods.selected.length > 0
                    text: qsTr("Record consent and share")
                    onClicked: {
                        if (exchange.recordConsentAndShare(exchangeGivenBy.text, exchangeMethods.selected[0])) {
                            exchangeGivenBy.clear()
                            exchangeMethods.selected = []
                        }
                    }
                }
            }
        }
    }
    ExchangeController {
        id: exchange
        context: AppContext
    }
    OptionModel {
        id: exchangeMethods
        context: AppContext
        list: "toestemming_wijze"
        single: true
    }
}
