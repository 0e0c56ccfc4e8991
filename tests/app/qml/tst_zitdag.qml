import QtQuick
import QtTest
import Brugboek.App
import Brugboek.Ui

// A zitdag: open a session at a school, note a conversation with a referral
// made inline, end the session and read the summary.
// TestCase is invisible: the page lives beside it, in this item.
Item {
    id: host
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Zitdag"
        when: windowShown

        Component {
            id: pageComponent
            ZitdagPage {
                width: host.width
                height: host.height
            }
        }
        ReferralModel {
            id: referrals
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

        function test_session() {
            const page = createTemporaryObject(pageComponent, host)
            verify(page)
            const school = findChild(page, "school0")
            verify(school)
            tap(school)
            verify(page.session.sessionOpen)
            compare(page.session.schoolName, "Sint-Jozef")
            verify(page.title.indexOf("Sint-Jozef") >= 0)
            const before = page.session.conversationCount
            const referralsBefore = referrals.count

            const search = findChild(page, "householdSearch")
            tap(search)
            type("el am")
            let hit = null
            tryVerify(() => (hit = findChild(page, "householdHit0")) !== null && hit.visible)
            tap(hit)
            compare(page.conversation.householdName, "El Amrani")
            tap(findChild(page, "chip_school"))

            const org = findChild(page, "organisationSearch")
            tap(org)
            type("schuld")
            let orgHit = null
            tryVerify(() => (orgHit = findChild(page, "organisationHit0")) !== null && orgHit.visible)
            tap(orgHit)
            const need = findChild(page, "needField")
            tryVerify(() => need.visible)
            tap(need)
            type("afbetalingsplan")
            tap(findChild(page, "addReferral"))
            compare(page.conversation.referrals.length, 1)

            const save = findChild(page, "saveConversation")
            verify(save.enabled)
            tap(save)
            compare(page.session.conversationCount, before + 1)
            compare(referrals.count, referralsBefore + 1)

            const end = findChild(page, "endSession")
            tap(end)
            verify(page.session.ended)
            const summary = findChild(page, "summary")
            tryVerify(() => summary.visible)
            verify(summary.text.indexOf("1 referral") >= 0, summary.text)
        }
    }
}
