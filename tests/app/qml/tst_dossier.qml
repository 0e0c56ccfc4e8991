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

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
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

        // People are edited from the dossier: a child added with a birth year.
        function test_addPerson() {
            const page = createTemporaryObject(pageComponent, host)
            const view = findChild(page, "dossierView")
            verify(view)
            tryVerify(() => view.dossier.exists)
            const before = view.dossier.people.count
            tap(findChild(page, "addPerson"))
            const dialog = findChild(view, "personDialog")
            verify(dialog)
            tryVerify(() => dialog.opened)
            tap(findChild(dialog.contentItem, "personGivenName"))
            type("Nour")
            tap(findChild(dialog.contentItem, "role_child"))
            tap(findChild(dialog.contentItem, "personBirthYear"))
            type("2019")
            const save = findChild(dialog.footer, "savePerson")
            verify(save.enabled, dialog.editor.problem)
            tap(save)
            tryCompare(view.dossier.people, "count", before + 1)
        }

        // Sharing without consent is refused with the reason; the consent is
        // recorded there and then, and the household is shared.
        function test_shareNeedsConsent() {
            const page = createTemporaryObject(pageComponent, host)
            const view = findChild(page, "dossierView")
            verify(view)
            tryVerify(() => view.dossier.exists)
            tap(findChild(page, "shareWithColleague"))
            const dialog = findChild(view, "shareDialog")
            verify(dialog)
            tryVerify(() => dialog.opened)
            compare(dialog.shares.members.count, 2)
            compare(dialog.shares.members.get(0, "name"), "Karim Haddou")
            tap(findChild(dialog.contentItem, "shareToggle0"))
            const problem = findChild(dialog.contentItem, "shareProblem")
            tryVerify(() => problem.visible)
            verify(problem.text.indexOf("Karim Haddou") >= 0, problem.text)
            verify(!dialog.shares.members.get(0, "shared"))

            tap(findChild(dialog.contentItem, "consentGivenBy"))
            type("mama")
            tap(findChild(dialog.contentItem, "chip_mondeling"))
            tap(findChild(dialog.contentItem, "recordConsentAndShare"))
            tryVerify(() => dialog.shares.members.get(0, "shared"))
            verify(!problem.visible)
        }

        // Sharing information with a referral's organisation needs a consent
        // covering that organisation: refused with the reason, then recorded.
        function test_informationNeedsConsent() {
            const page = createTemporaryObject(pageComponent, host)
            const view = findChild(page, "dossierView")
            let haddad = null
            tryVerify(() => (haddad = findChild(page, "household1")) !== null)
            tap(haddad)
            tryCompare(view.dossier, "displayName", "Haddad")
            let referral = null
            tryVerify(() => (referral = findChild(view, "dossierReferral0")) !== null)
            tap(referral)
            const dialog = findChild(view, "historyDialog")
            tryVerify(() => dialog.opened)
            tap(findChild(dialog.contentItem, "shareInformation"))
            const problem = findChild(dialog.contentItem, "exchangeProblem")
            tryVerify(() => problem.visible)
            verify(problem.text.indexOf("CAW Oost-Vlaanderen") >= 0, problem.text)
            tap(findChild(dialog.contentItem, "exchangeGivenBy"))
            type("papa")
            tap(findChild(dialog.contentItem, "chip_schriftelijk"))
            tap(findChild(dialog.contentItem, "recordConsentAndShareInformation"))
            tryVerify(() => !problem.visible)
            verify(findChild(dialog.contentItem, "shareInformation").visible)
        }
    }
}
