"""Entering a claim in the admin shows the existing claims that say the same thing."""

from claims.models import Claim
from tests.claims.admin.conftest import change_form_data, client_for, messages_of

CROCUS = "The March 2024 attack on Crocus City Hall in Moscow killed 145 people."


def test_new_duplicate_claim_points_to_the_existing_one(demo):
    client = client_for(demo["Reporter"])
    data = change_form_data(client.get("/admin/claims/claim/add/"))
    data["text"] = "145 people were killed in the March 2024 Crocus City Hall attack in Moscow"
    existing = Claim.objects.get(text=CROCUS)
    # Stopped before it is saved, with the existing claim to add it to.
    stopped = client.post("/admin/claims/claim/add/", data)
    assert stopped.status_code == 200
    assert "Similar claims exist" in stopped.content.decode()
    assert f"/admin/claims/claim/{existing.pk}/change/" in stopped.content.decode()
    assert not Claim.objects.filter(text=data["text"]).exists()
    # Saved anyway, it still says which claim it looks like.
    response = client.post("/admin/claims/claim/add/", {**data, "save_anyway": "on"}, follow=True)
    assert response.status_code == 200
    warnings = [m for m in messages_of(response) if "looks like an existing claim" in m]
    assert warnings
    assert f"/admin/claims/claim/{existing.pk}/change/" in warnings[0]

    new = Claim.objects.get(text=data["text"])
    page = client.get(f"/admin/claims/claim/{new.pk}/change/").content.decode()
    assert "Similar claims" in page
    assert f"/admin/claims/claim/{existing.pk}/change/" in page


def test_distinct_claim_gets_no_warning(demo):
    client = client_for(demo["Reporter"])
    data = change_form_data(client.get("/admin/claims/claim/add/"))
    data["text"] = "The city council approved a new bicycle lane on Main Street"
    response = client.post("/admin/claims/claim/add/", data, follow=True)
    assert not [m for m in messages_of(response) if "looks like an existing claim" in m]
    new = Claim.objects.get(text=data["text"])
    assert "No similar claims." in client.get(f"/admin/claims/claim/{new.pk}/change/").content.decode()
