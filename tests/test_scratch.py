from django.urls import reverse
from proposals_pages.statuses import Status

def test_scratch(proposal_factory, admin_client, site_tree):
    p = proposal_factory.in_status(Status.COMPLETED)
    print(p.url, p.reference, p.locale, list(p.history.values_list("status","changed_on")))
    print(reverse("proposals:index"))
    r = admin_client.get(reverse("proposals:index"))
    print(r.status_code)
    r = admin_client.get("/sv/")
    print(r.status_code)
