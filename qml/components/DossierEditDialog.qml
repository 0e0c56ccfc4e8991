import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Edits a household's details.
Dialog {
    id: root

    required property DossierController dossier

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.spacing, 560)
    height: Math.min(parent.height - 2 * Theme.spacing, implicitHeight)
    modal: true
    title: qsTr("Edit household")
    standardButtons: Dialog.Save | Dialog.Cancel
    onAboutToShow: {
        name.text = dossier.displayName
        phone.text = dossier.phone
        email.text = dossier.email
        address.text = dossier.address
        reach.text = dossier.reachNote
        notes.text = dossier.notes
        interpreter.checked = dossier.interpreterNeeded
    }
    onAccepted: dossier.saveDetails(name.text, phone.text, email.text, address.text, reach.text, notes.text,
                                    interpreter.checked)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingSmall

            TextField { id: name; Layout.fillWidth: true; placeholderText: qsTr("Name of the household"); inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText }
            TextField { id: phone; Layout.fillWidth: true; placeholderText: qsTr("Phone"); inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText }
            TextField { id: email; Layout.fillWidth: true; placeholderText: qsTr("E-mail"); inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText }
            TextField { id: address; Layout.fillWidth: true; placeholderText: qsTr("Address"); inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText }
            TextField { id: reach; Layout.fillWidth: true; placeholderText: qsTr("How to reach them best"); inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText }
            TextArea { id: notes; Layout.fillWidth: true; placeholderText: qsTr("Notes"); wrapMode: TextEdit.Wrap; inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText }
            Switch { id: interpreter; Layout.fillWidth: true; text: qsTr("Interpreter needed") }
        }
    }
}
