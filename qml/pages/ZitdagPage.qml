import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Zitdag: a session at a school; each conversation becomes a contactmoment
// with its needs and toeleidingen; a summary at the end.
Page {
    id: root

    property alias session: zitdag
    property alias conversation: talk
    readonly property bool wide: width >= Theme.splitWidth

    title: zitdag.title
    background: null

    // The self-test's second picture: a session with its bookings.
    function selfTestScene() {
        if (zitdag.suggestedSchoolId.length === 0)
            return ""
        zitdag.open(zitdag.suggestedSchoolId)
        return "Session"
    }

    // An expected family: its conversation settles its follow-up.
    function startWith(householdId, householdName, followUpId) {
        talk.selectHousehold(householdId, householdName)
        talk.settlesFollowUpId = followUpId
    }

    ZitdagController {
        id: zitdag
        context: AppContext
    }
    EncounterController {
        id: talk
        context: AppContext
        kind: "zitdag"
        schoolId: zitdag.schoolId
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.bottomMargin: undoBar.visible ? undoBar.height : 0
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.spacing
            x: Theme.spacing
            spacing: Theme.spacingSmall

            // 1. Where is the zitdag? Where conversations are booked today, in one tap.
            TwoLineButton {
                objectName: "suggestedSchool"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Layout.minimumHeight: Theme.bigButtonHeight
                visible: zitdag.schoolId.length === 0 && zitdag.suggestedSchoolId.length > 0
                text: zitdag.suggestedSchoolName
                detail: zitdag.suggestionText
                font.pixelSize: Theme.fontTitle
                capitalization: Font.MixedCase
                highlighted: true
                Material.accent: Theme.primary
                onClicked: zitdag.open(zitdag.suggestedSchoolId)
            }
            SectionTitle {
                Layout.topMargin: Theme.spacing
                visible: zitdag.schoolId.length === 0
                text: qsTr("At which school is the zitdag?")
            }
            Repeater {
                model: zitdag.schoolId.length === 0 ? zitdag.schools : null
                delegate: ItemDelegate {
                    required property int index
                    required property string code
                    required property string label

                    objectName: "school" + index
                    Layout.fillWidth: true
                    implicitHeight: Theme.listRowHeight
                    text: label
                    font.pixelSize: Theme.fontTitle
                    onClicked: zitdag.open(code)
                }
            }
            EmptyState {
                Layout.fillWidth: true
                Layout.preferredHeight: 160
                visible: zitdag.schoolId.length === 0 && zitdag.schools.count === 0
                text: qsTr("No schools yet.")
            }

            // 2. The session: its conversations beside (or above) the one being noted.
            GridLayout {
                Layout.fillWidth: true
                visible: zitdag.schoolId.length > 0
                columns: root.wide ? 2 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacing

                // After the session it takes the whole width for the summary.
                ColumnLayout {
                    Layout.fillWidth: !root.wide || zitdag.ended
                    Layout.preferredWidth: root.wide && !zitdag.ended ? Theme.listPaneWidth : -1
                    Layout.alignment: Qt.AlignTop
                    spacing: 0

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        visible: zitdag.sessionOpen
                        SectionTitle {
                            Layout.topMargin: 0
                            text: qsTr("Booked (%1)").arg(zitdag.bookings.count)
                        }
                        Button {
                            objectName: "bookConversation"
                            implicitHeight: Theme.touchTarget
                            text: qsTr("Book")
                            Accessible.name: qsTr("Book a zitdag conversation")
                            onClicked: bookingDialog.open()
                        }
                    }
                    Repeater {
                        model: zitdag.sessionOpen ? zitdag.bookings : null
                        delegate: BookingDelegate {
                            objectName: "booking" + index
                            Layout.fillWidth: true
                            highlighted: talk.bookingId === bookingId
                            onClicked: talk.startFromBooking(bookingId, householdId, householdName, unknownParent)
                            onCancelClicked: zitdag.bookings.cancel(bookingId)
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: zitdag.sessionOpen && zitdag.bookings.count === 0
                        text: qsTr("No bookings for this zitdag.")
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }

                    SectionTitle {
                        Layout.topMargin: Theme.spacing
                        visible: zitdag.sessionOpen && zitdag.expected.count > 0
                        text: qsTr("Follow-ups due today")
                    }
                    Repeater {
                        model: zitdag.sessionOpen ? zitdag.expected : null
                        delegate: ItemDelegate {
                            required property int index
                            required property string followUpId
                            required property string householdId
                            required property string householdName
                            required property string title

                            objectName: "expected" + index
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.listRowHeight, implicitContentHeight + topPadding + bottomPadding)
                            highlighted: talk.settlesFollowUpId === followUpId
                            contentItem: Column {
                                spacing: 2
                                Label {
                                    width: parent.width
                                    text: householdName
                                    font.weight: Font.Medium
                                    elide: Text.ElideRight
                                }
                                Label {
                                    width: parent.width
                                    text: title
                                    color: Theme.textSecondary
                                    elide: Text.ElideRight
                                }
                            }
                            onClicked: root.startWith(householdId, householdName, followUpId)
                        }
                    }

                    SectionTitle {
                        Layout.topMargin: Theme.spacing
                        text: qsTr("Conversations (%1)").arg(zitdag.conversationCount)
                    }
                    Repeater {
                        model: zitdag.conversations
                        delegate: EncounterDelegate {
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: zitdag.conversationCount === 0
                        text: qsTr("No conversations yet in this session.")
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    Pane {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        visible: zitdag.ended
                        Material.elevation: 1
                        Material.background: Theme.surface

                        ColumnLayout {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            SectionTitle {
                                text: qsTr("Summary")
                            }
                            Label {
                                objectName: "summary"
                                Layout.fillWidth: true
                                text: zitdag.summaryText
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                    Button {
                        objectName: "endSession"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        implicitHeight: Theme.touchTarget
                        text: zitdag.ended ? qsTr("New zitdag") : qsTr("End the zitdag")
                        onClicked: zitdag.ended ? zitdag.reset() : zitdag.end()
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    visible: zitdag.sessionOpen
                    spacing: Theme.spacingSmall

                    SectionTitle {
                        Layout.topMargin: Theme.spacing
                        text: qsTr("New conversation")
                    }
                    HouseholdPicker {
                        Layout.fillWidth: true
                        controller: talk
                    }
                    OptionChips {
                        Layout.fillWidth: true
                        options: talk.domains
                    }
                    TextArea {
                        objectName: "conversationNote"
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        Layout.fillWidth: true
                        Layout.minimumHeight: 2 * Theme.touchTarget
                        placeholderText: qsTr("Notes")
                        wrapMode: TextEdit.Wrap
                        text: talk.note
                        onTextChanged: talk.note = text
                    }
                    SectionTitle {
                        text: qsTr("Referrals", "toeleidingen")
                    }
                    ReferralAdder {
                        Layout.fillWidth: true
                        controller: talk
                    }
                    SectionTitle {
                        text: qsTr("Follow-up")
                    }
                    FollowUpChooser {
                        Layout.fillWidth: true
                        controller: talk
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !talk.canSave
                        text: talk.problem
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    Button {
                        objectName: "saveConversation"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.bigButtonHeight
                        Layout.bottomMargin: Theme.spacingLarge
                        enabled: talk.canSave
                        text: qsTr("Save conversation")
                        font.pixelSize: Theme.fontTitle
                        highlighted: true
                        Material.accent: Theme.primary
                        onClicked: talk.save()
                    }
                }
            }
        }
    }

    BookingDialog {
        id: bookingDialog
        objectName: "bookingDialog"
        schoolId: zitdag.schoolId
    }

    UndoBar {
        id: undoBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        controller: talk
    }
}
