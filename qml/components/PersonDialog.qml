import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Adds or edits one person of a household: names, role in the family,
// birth year, languages, and for a child the school and class. An existing
// person can be removed (see removeRequested).
Dialog {
    id: root

    property string householdId
    readonly property alias editor: editor

    // "Remove" was tapped: the one who opened this asks first, then calls
    // editor.remove().
    signal removeRequested(string name)

    // Opens the form for a new person, or for the person `id`.
    function addPerson() {
        editor.householdId = root.householdId
        editor.startNew()
        open()
    }
    function editPerson(id) {
        if (editor.edit(id))
            open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.spacing, 600)
    height: parent.height - 2 * Theme.spacing
    modal: true
    title: editor.isNew ? qsTr("Add a person") : qsTr("Edit person")
    onAccepted: editor.save()

    PersonEditor {
        id: editor
        context: AppContext
    }

    footer: DialogButtonBox {
        Button {
            objectName: "removePerson"
            visible: !editor.isNew
            flat: true
            text: qsTr("Remove")
            Material.foreground: Theme.attention
            onClicked: root.removeRequested(editor.givenName)
        }
        Button {
            objectName: "savePerson"
            text: qsTr("Save")
            enabled: editor.canSave
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
                text: qsTr("First name")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            TextField {
                objectName: "personGivenName"
                Layout.fillWidth: true
                text: editor.givenName
                onTextChanged: editor.givenName = text
            }
            Label {
                text: qsTr("Family name")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            TextField {
                objectName: "personFamilyName"
                Layout.fillWidth: true
                text: editor.familyName
                onTextChanged: editor.familyName = text
            }
            Label {
                text: qsTr("Role in the family")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Repeater {
                    model: editor.roleChoices
                    delegate: ChoiceChip {
                        required property var modelData

                        objectName: "role_" + modelData.code
                        text: modelData.label
                        checked: editor.role === modelData.code
                        onClicked: editor.role = modelData.code
                    }
                }
            }
            Label {
                text: qsTr("Birth year (if known)")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            TextField {
                objectName: "personBirthYear"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                maximumLength: 4
                text: editor.birthYear
                onTextChanged: editor.birthYear = text
            }
            Label {
                visible: editor.isChild
                text: qsTr("School")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            ComboBox {
                objectName: "personSchool"
                Layout.fillWidth: true
                visible: editor.isChild
                implicitHeight: Theme.touchTarget
                model: editor.schools
                textRole: "label"
                valueRole: "code"
                displayText: editor.schools.selected.length > 0 ? currentText : qsTr("Choose a school")
                currentIndex: editor.schools.selected.length > 0 ? indexOfValue(editor.schools.selected[0]) : -1
                onActivated: editor.schools.selected = [currentValue]
            }
            Label {
                visible: editor.isChild
                text: qsTr("Class, e.g. 3rd year B")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            TextField {
                objectName: "personClass"
                Layout.fillWidth: true
                visible: editor.isChild
                text: editor.className
                onTextChanged: editor.className = text
            }
            Label {
                text: qsTr("Languages")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            OptionChips {
                Layout.fillWidth: true
                options: editor.languages
            }
            Label {
                Layout.fillWidth: true
                visible: !editor.canSave
                text: editor.problem
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }
    }
}
