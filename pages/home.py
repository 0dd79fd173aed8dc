import streamlit as st

from knowledge.resources import wording

st.title("Welcome to Kindred")
st.write(wording.WHAT_KINDRED_IS)
st.info(wording.WHAT_KINDRED_IS_NOT)

st.header("What you can do here")
st.markdown(
    "- **Check in**: a private mood journal, encrypted so only you can read it.\n"
    "- **Read stories**: recovery stories from people who have been there.\n"
    "- **Find a group**: peer support groups, peer specialists and warmlines near you or online.\n"
    "- **Talk it through**: an automated companion that listens and points you to people.\n"
    "- **Get help now**: crisis lines and the emergency number for your country, any time."
)
for script, label in [
    ("pages/journal.py", "Start a check-in"),
    ("pages/stories.py", "Read recovery stories"),
    ("pages/directory.py", "Find a peer group"),
    ("pages/companion.py", "Talk with the companion"),
    ("pages/get_help.py", "Get help now"),
]:
    st.page_link(script, label=label)
