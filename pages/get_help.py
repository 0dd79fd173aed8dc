import streamlit as st

from knowledge.resources import compiled_on, country_name, warmlines, wording
from ui.help import crisis_card, current_country, render_line

country = current_country()
st.title("Get help now")
st.write(
    f"Showing help for **{country_name(country)}**. You can change your country in the sidebar."
)
crisis_card(country)

warm = warmlines(country)
if warm:
    st.subheader("When it's not an emergency but you need to talk")
    for line in warm:
        render_line(line)

st.caption(
    f"Every number here comes from the service's official site (checked {compiled_on()}). "
    + wording.WHAT_KINDRED_IS_NOT
)
