import { mount } from 'svelte';
import 'ask-for-help-card';
import App from './App.svelte';

mount(App, { target: document.getElementById('root')! });
