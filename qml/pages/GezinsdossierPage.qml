import QtQuick
import QtQuick.Controls
import Brugboek.Ui

// The gezinsdossier of one household, as a page of its own (phone).
Page {
    id: root

    property alias householdId: view.householdId

    title: view.dossier.exists ? view.dossier.displayName : qsTr("Household")
    background: null

    DossierView {
        id: view
        anchors.fill: parent
    }
}
