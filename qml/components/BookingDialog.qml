import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Books a zitdag conversation: for a household (found as you type, or the
// dossier's own) or a parent not yet known, at a school, on a day, at a time.
Dialog {
    id: root

    // Set: the school is the zitdag's and not asked.
    property string schoolId
    // Set: booked from this household's dossier.
    property string householdId
    property string householdName
    readonly property alias booking: booking

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.spacing, 560)
    height: Math.min(parent.height - 2 * Theme.spacing, implicitHeight)
    modal: true
    title: qsTr("Book a zitdag conversation")

    onAboutToShow: {
        booking.clear()
        if (root.schoolId.length > 0)
            booking.schoolId = root.schoolId
        if (root.householdId.length > 0)
            booking.selectHousehold(root.householdId, root.householdName)
    }
    onAccepted: booking.save()

    BookingController {
        id: booking
        context: AppContext
    }

    footer: DialogButtonBox {
        Button {
            objectName: "saveBooking"
            text: qsTr("Book")
            enabled: booking.canSave
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
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
                visible: root.householdId.length > 0
                text: root.householdName
                font.pixelSize: Theme.fontTitle
                elide: Text.ElideRight
            }
            HouseholdPicker {
                Layout.fillWidth: true
                visible: root.householdId.length === 0
                controller: booking
            }
            TextField {
                objectName: "bookingSubject"
                Layout.fillWidth: true
                placeholderText: qsTr("About what? (optional)")
                text: booking.subject
                onTextChanged: booking.subject = text
            }
            Label {
                visible: root.schoolId.length === 0
                text: qsTr("School")
                color: Theme.textSecondary
            }
            ComboBox {
                objectName: "bookingSchool"
                Layout.fillWidth: true
                visible: root.schoolId.length === 0
                implicitHeight: Theme.touchTarget
                model: booking.schools
                textRole: "label"
                valueRole: "code"
                displayText: booking.schoolId.length > 0 ? currentText : qsTr("Choose a school")
                currentIndex: indexOfValue(booking.schoolId)
                onActivated: booking.schoolId = currentValue
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Button {
                    objectName: "bookingDay"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: booking.dayText
                    onClicked: dayDialog.open()
                }
                ComboBox {
                    objectName: "bookingTime"
                    Layout.preferredWidth: 140
                    implicitHeight: Theme.touchTarget
                    model: booking.timeChoices
                    displayText: booking.time.length > 0 ? booking.time : qsTr("Time")
                    currentIndex: booking.timeChoices.indexOf(booking.time)
                    onActivated: booking.time = currentText
                    Accessible.name: qsTr("Time")
                }
            }
            Label {
                Layout.fillWidth: true
                visible: !booking.canSave
                text: booking.problem
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }
    }

    DateDialog {
        id: dayDialog
        onPicked: (day) => booking.day = day
    }
}
