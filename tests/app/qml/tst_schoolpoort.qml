import QtQuick
import QtTest
import Brugboek.App
import Brugboek.Ui

// Schoolpoort: find the household as you type, tick a life domain, save,
// and undo.
// TestCase is invisible: the page lives beside it, in this item.
Item {
    id: host
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Schoolpoort"
        when: windowShown

        Component {
            id: pageComponent
            SchoolpoortPage {
                width: host.width
                height: host.height
            }
        }
        EncounterListModel {
            id: contacts
            context: AppContext
            limit: 1000
        }

        function init() {
            failOnWarning(/.*/)
        }

        // Clicks `item` once the layouts have placed it.
        function tap(item) {
            verify(item)
            tryVerify(() => item.visible && item.width > 0 && item.height > 0)
            wait(50)
            mouseClick(item)
        }

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_captureSaveAndUndo() {
            const page = createTemporaryObject(pageComponent, host)
            verify(page)
            const before = contacts.count
            const search = findChild(page, "householdSearch")
            verify(search)
            tap(search)
            tryVerify(() => search.activeFocus)
            type("had")
            compare(search.text, "had")
            let hit = null
            tryVerify(() => (hit = findChild(page, "householdHit0")) !== null && hit.visible)
            tap(hit)                                             // tap 1
            compare(page.controller.householdName, "Haddad")

            const chip = findChild(page, "chip_inkomen")
            verify(chip)
            tap(chip)                                            // tap 2
            compare(page.controller.domains.selected, ["inkomen"])
            verify(chip.checked)

            tap(findChild(page, "followUpTomorrow"))             // optional
            compare(page.controller.followUp, "tomorrow")

            const save = findChild(page, "saveButton")
            verify(save.enabled)
            tap(save)                                            // tap 3
            compare(contacts.count, before + 1)
            verify(page.controller.canUndo)
            compare(page.controller.householdId, "")
            verify(!chip.checked)

            const undo = findChild(page, "undoButton")
            tryVerify(() => undo.visible)
            tap(undo)
            compare(contacts.count, before)
            verify(!page.controller.canUndo)
            tryVerify(() => !undo.visible)
        }

        function test_unknownParent() {
            const page = createTemporaryObject(pageComponent, host)
            const before = contacts.count
            const search = findChild(page, "householdSearch")
            tap(search)
            type("mama van Lina")
            const unknown = findChild(page, "unknownParent")
            tryVerify(() => unknown.visible)
            tap(unknown)
            compare(page.controller.unknownParent, "mama van Lina")
            tap(findChild(page, "saveButton"))
            compare(contacts.count, before + 1)
            compare(page.controller.savedText.indexOf("mama van Lina") >= 0, true)
        }

        function test_saveNeedsSomeone() {
            const page = createTemporaryObject(pageComponent, host)
            const save = findChild(page, "saveButton")
            verify(!save.enabled)
            verify(page.controller.problem.length > 0)
        }
    }
}
