import QtQuick
import QtTest
import Brugboek.App
import Brugboek.Ui

// The dossier beside the household list: a note edited on two devices is
// shown with both texts, and keeping one settles it.
// TestCase is invisible: the page lives beside it, in this item.
Item {
    id: host
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Dossier"
        when: windowShown

        Component {
            id: pageComponent
            GezinnenPage {
                width: host.width
                height: host.height
            }
        }
        TimelineModel {
            id: timeline
            context: AppContext
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

        function test_keepTheOtherText() {
            const page = createTemporaryObject(pageComponent, host)
            verify(page)
            // "El Amrani" comes first and is shown until another is chosen.
            let keep = null
            tryVerify(() => (keep = findChild(page, "keepLost0")) !== null)
            tap(keep)
            tryVerify(() => findChild(page, "keepLost0") === null)

            const view = findChild(page, "dossierView")
            verify(view)
            compare(view.dossier.displayName, "El Amrani")
            compare(view.dossier.conflicts.count, 0)
            timeline.key = view.householdId
            compare(timeline.get(0, "detail"), "Mama zoekt werk; VDAB-afspraak")
        }

        function test_pickedDayIsTheDayShown() {
            const page = createTemporaryObject(pageComponent, host)
            const view = findChild(page, "dossierView")
            verify(view)
            // A JS Date from the month grid arrives as the same calendar day.
            const capture = Qt.createQmlObject("import Brugboek.App; EncounterController { }", testCase)
            capture.followUpDate = new Date(2026, 11, 3)
            verify(capture.followUpText.indexOf("3 dec") >= 0, capture.followUpText)
            capture.destroy()
        }
    }
}
